import { Button, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, textStyle } from "./layout";

export function AdminInvitationEmail({
  name,
  inviterName,
  organisationName,
  roleLabel,
  acceptUrl,
  days,
}: {
  name: string;
  /** Null for an invitation from the command line: an organisation's first owner. */
  inviterName: string | null;
  organisationName: string;
  roleLabel: string;
  acceptUrl: string;
  days: number;
}) {
  return (
    <EmailLayout preview={`Join ${organisationName} on Rollcall`} footer="If you weren't expecting this invitation, ignore this email: no account is created until the link is used.">
      <Text style={textStyle}>Hello {name},</Text>
      <Text style={textStyle}>
        {inviterName ? `${inviterName} has invited you` : "You've been invited"} to help manage {organisationName}&apos;s staff on Rollcall, as {/^[AEIOU]/.test(roleLabel) ? "an" : "a"} {roleLabel}. Choose a username and
        password to accept. The link works once, for the next {days} days.
      </Text>
      <Button href={acceptUrl} style={buttonStyle}>
        Accept the invitation
      </Button>
      <Text style={{ ...textStyle, marginTop: "16px" }}>Or open this link: {acceptUrl}</Text>
    </EmailLayout>
  );
}
