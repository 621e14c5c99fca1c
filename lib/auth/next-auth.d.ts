import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    organisationId: string;
    sessionVersion: number;
  }
  interface Session {
    adminId: string;
    organisationId: string;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    adminId: string;
    organisationId: string;
    sessionVersion: number;
  }
}
