import { Button, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, textStyle } from "./layout";

export function WelcomeEmail({ firstName, organisationName, activationUrl }: { firstName: string; organisationName: string; activationUrl: string }) {
  return (
    <EmailLayout preview={`${organisationName} has set up your learning account`} footer={`You received this because ${organisationName} added you to its learning platform.`}>
      <Text style={textStyle}>{`Hello${firstName ? ` ${firstName}` : ""},`}</Text>
      <Text style={textStyle}>
        {organisationName} has created your account on its learning platform. Choose a password to activate it — the link works once.
      </Text>
      <Button href={activationUrl} style={buttonStyle}>
        Activate your account
      </Button>
      <Text style={{ ...textStyle, marginTop: "16px" }}>Or open this link: {activationUrl}</Text>
    </EmailLayout>
  );
}
