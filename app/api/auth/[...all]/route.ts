import { handlePublicAuthRequest } from "@/lib/auth/public-endpoints";

/** better-auth's endpoints that answer from outside (lib/auth/public-endpoints.ts); the others read as not found. */
export const GET = handlePublicAuthRequest;
export const POST = handlePublicAuthRequest;
