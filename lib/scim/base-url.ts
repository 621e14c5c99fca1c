import { appUrl } from "@/lib/env";
import { SCIM_BASE_PATH } from "./urns";

/** The address identity providers are configured with, and that Location headers and meta.location use. */
export const scimBaseUrl = () => `${appUrl()}${SCIM_BASE_PATH}`;
