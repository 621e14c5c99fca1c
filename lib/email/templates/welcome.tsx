import { Button, Text } from "@react-email/components";
import { activationSentence, welcomeIntroParagraphs } from "../welcome-wording";
import { buttonStyle, EmailLayout, textStyle } from "./layout";

export interface WelcomeEmailProps {
  firstName: string;
  organisationName: string;
  activationUrl: string;
  /** The organisation's opening paragraph; null = the built-in one. */
  intro?: string | null;
  /** How long the link works: the same number that set the learner's activation expiry. */
  linkDays: number;
}

export function WelcomeEmail({ firstName, organisationName, activationUrl, intro, linkDays }: WelcomeEmailProps) {
  return (
    <EmailLayout preview={`${organisationName} has set up your learning account`} footer={`You received this because ${organisationName} added you to its learning platform.`}>
      <Text style={textStyle}>{`Hello${firstName ? ` ${firstName}` : ""},`}</Text>
      {welcomeIntroParagraphs(organisationName, intro).map((paragraph, i) => (
        <Text key={i} style={textStyle}>
          {paragraph}
        </Text>
      ))}
      <Text style={textStyle}>{activationSentence(linkDays)}</Text>
      <Button href={activationUrl} style={buttonStyle}>
        Activate your account
      </Button>
      <Text style={{ ...textStyle, marginTop: "16px" }}>Or open this link: {activationUrl}</Text>
    </EmailLayout>
  );
}
