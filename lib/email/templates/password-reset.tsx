import { Button, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, textStyle } from "./layout";

export function PasswordResetEmail({ name, resetUrl, minutes }: { name: string; resetUrl: string; minutes: number }) {
  return (
    <EmailLayout preview="Reset your Rollcall password" footer="If you didn't ask to reset your password, ignore this email: your password stays as it is.">
      <Text style={textStyle}>Hello {name},</Text>
      <Text style={textStyle}>
        Someone (hopefully you) asked to reset the password of your Rollcall account. The link works once, for the next {minutes} minutes.
      </Text>
      <Button href={resetUrl} style={buttonStyle}>
        Choose a new password
      </Button>
      <Text style={{ ...textStyle, marginTop: "16px" }}>Or open this link: {resetUrl}</Text>
    </EmailLayout>
  );
}
