export { deleteAccountSchema, profileUpdateSchema } from "@/lib/account/profile-schema";
