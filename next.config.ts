import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  experimental: { serverActions: { bodySizeLimit: "102mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: securityHeaders({ development: process.env.NODE_ENV !== "production", appUrl: process.env.APP_URL }),
      },
    ];
  },
};

export default nextConfig;
