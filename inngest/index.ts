import { processImport } from "./functions/process-import";
import { sendWelcomeEmails } from "./functions/send-welcome-emails";

export const functions = [processImport, sendWelcomeEmails];
