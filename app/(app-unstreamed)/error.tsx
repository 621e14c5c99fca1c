"use client";

import { ErrorFallback } from "@/components/app-shell/error-fallback";

export default ErrorFallback;
