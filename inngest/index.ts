import { processImport } from "./functions/process-import";
import { purgeImportData } from "./functions/purge-import-data";
import { sendWelcomeEmails } from "./functions/send-welcome-emails";

export const functions = [processImport, sendWelcomeEmails, purgeImportData];
