import { Button, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, textStyle } from "./layout";

export function UsernameReminderEmail({ name, username, loginUrl }: { name: string; username: string; loginUrl: string }) {
  return (
    <EmailLayout preview={`Your Rollcall username is ${username}`} footer="You asked for this reminder on the Rollcall login page. If you didn't, you can ignore this email.">
      <Text style={textStyle}>Hello {name},</Text>
      <Text style={textStyle}>
        Your Rollcall username is <strong>{username}</strong>.
      </Text>
      <Button href={loginUrl} style={buttonStyle}>
        Log in to Rollcall
      </Button>
      <Text style={{ ...textStyle, marginTop: "16px" }}>Or open this link: {loginUrl}</Text>
    </EmailLayout>
  );
}
