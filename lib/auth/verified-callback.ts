/** Where a followed verification link lands (settings shows the verified state). */
export const VERIFIED_CALLBACK = "/settings?verified=1";
