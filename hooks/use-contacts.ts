"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Contact, Conversation, Invite } from "@/components/translate/api-types";
import { apiFetch, apiRequest, type ApiError } from "./api-request";

export const contactsKey = ["translate", "contacts"] as const;
export const conversationsKey = ["translate", "conversations"] as const;

export function useContacts() {
  return useQuery<Contact[], ApiError>({
    queryKey: contactsKey,
    queryFn: async () => (await apiRequest<{ contacts: Contact[] }>("/api/contacts")).contacts,
  });
}

function useContactMutation<V>(request: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation<unknown, ApiError, V>({
    mutationFn: request,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["translate"] }),
  });
}

export const useRequestContact = () => useContactMutation((email: string) => apiRequest("/api/contacts", { method: "POST", body: { email } }));
export const useAcceptContact = () => useContactMutation((id: string) => apiRequest(`/api/contacts/${id}/accept`, { method: "POST" }));
export const useDeclineContact = () => useContactMutation((id: string) => apiFetch(`/api/contacts/${id}/decline`, { method: "POST" }));
export const useRemoveContact = () => useContactMutation((id: string) => apiFetch(`/api/contacts/${id}`, { method: "DELETE" }));
export const useBlockContact = () => useContactMutation((id: string) => apiRequest(`/api/contacts/${id}/block`, { method: "POST" }));
export const useRenameContact = () =>
  useContactMutation(({ id, nickname }: { id: string; nickname: string | null }) => apiRequest(`/api/contacts/${id}`, { method: "PATCH", body: { nickname } }));
export const useAcceptInvite = () => useContactMutation((code: string) => apiRequest(`/api/contacts/invites/${encodeURIComponent(code)}/accept`, { method: "POST" }));

export function useCreateInvite() {
  return useMutation<Invite, ApiError, { maxUses: number | null }>({
    mutationFn: (body) => apiRequest<Invite>("/api/contacts/invites", { method: "POST", body }),
  });
}

export function useConversations() {
  return useQuery<Conversation[], ApiError>({
    queryKey: conversationsKey,
    queryFn: async () => (await apiRequest<{ conversations: Conversation[] }>("/api/conversations")).conversations,
  });
}

export function useStartConversation() {
  const queryClient = useQueryClient();
  return useMutation<Conversation, ApiError, { memberIds: string[]; title?: string }>({
    mutationFn: (body) => apiRequest<Conversation>("/api/conversations", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conversationsKey }),
  });
}
