import { z } from "zod";

export const loginSchema = z.object({
  username: z.string().trim().min(1, "Enter your username.").max(200),
  password: z.string().min(1, "Enter your password.").max(1000),
  callbackUrl: z.string().optional(),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const emailRequestSchema = z.object({
  email: z.email("Enter a valid email address, like name@example.com.").trim().max(320),
});
export type EmailRequestInput = z.infer<typeof emailRequestSchema>;

export const newPasswordSchema = z
  .object({
    password: z.string().min(12, "Use at least 12 characters.").max(128, "Use at most 128 characters."),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: "The two passwords don't match.", path: ["confirm"] });

export const resetPasswordSchema = newPasswordSchema.and(z.object({ token: z.string().min(20).max(200) }));

export const profileSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(120, "Use at most 120 characters."),
  email: z.email("Enter a valid email address, like name@example.com.").trim().max(320),
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const changePasswordSchema = newPasswordSchema.and(z.object({ currentPassword: z.string().min(1, "Enter your current password.").max(1000) }));
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** The same answer whether or not the address has an account. */
export const USERNAME_REMINDER_SENT = "If an account exists for that address, we've emailed its username.";
export const RESET_LINK_SENT = "If an account exists for that address, we've emailed a link to reset its password. The link works for 60 minutes.";
