"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ActionItem, Goal, GoalInput } from "@/components/coach/planning/api-types";
import { apiFetch, apiRequest, type ApiError } from "./api-request";

export const goalsKey = ["coach", "goals"] as const;
export const actionItemsKey = ["coach", "action-items"] as const;

type GoalChanges = Partial<Pick<Goal, "title" | "category" | "priority" | "targetDate" | "progress" | "status">>;
type ActionItemChanges = Partial<Pick<ActionItem, "text" | "dueDate" | "goalId" | "status">>;
export type NewActionItem = { text: string; dueDate: string | null; goalId: string | null };

export function useGoals() {
  return useQuery<Goal[], ApiError>({
    queryKey: goalsKey,
    queryFn: async () => (await apiRequest<{ goals: Goal[] }>("/api/coach/goals")).goals,
  });
}

export function useCreateGoal() {
  const queryClient = useQueryClient();
  return useMutation<Goal, ApiError, Partial<GoalInput> & { title: string }>({
    mutationFn: (goal) => apiRequest<Goal>("/api/coach/goals", { method: "POST", body: goal }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: goalsKey }),
  });
}

export function useUpdateGoal() {
  const queryClient = useQueryClient();
  return useMutation<Goal, ApiError, { id: string; changes: GoalChanges }>({
    mutationFn: ({ id, changes }) => apiRequest<Goal>(`/api/coach/goals/${id}`, { method: "PATCH", body: changes }),
    onSuccess: (goal) => queryClient.setQueryData<Goal[]>(goalsKey, (goals) => goals?.map((g) => (g.id === goal.id ? goal : g))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: goalsKey }),
  });
}

export function useDeleteGoal() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, string>({
    mutationFn: async (id) => {
      await apiFetch(`/api/coach/goals/${id}`, { method: "DELETE" });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["coach"] }),
  });
}

export function useActionItems() {
  return useQuery<ActionItem[], ApiError>({
    queryKey: actionItemsKey,
    queryFn: async () => (await apiRequest<{ actionItems: ActionItem[] }>("/api/coach/action-items")).actionItems,
  });
}

export function useCreateActionItem() {
  const queryClient = useQueryClient();
  return useMutation<ActionItem, ApiError, NewActionItem>({
    mutationFn: (item) => apiRequest<ActionItem>("/api/coach/action-items", { method: "POST", body: item }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: actionItemsKey }),
  });
}

export function useUpdateActionItem() {
  const queryClient = useQueryClient();
  return useMutation<ActionItem, ApiError, { id: string; changes: ActionItemChanges }>({
    mutationFn: ({ id, changes }) => apiRequest<ActionItem>(`/api/coach/action-items/${id}`, { method: "PATCH", body: changes }),
    onSuccess: (item) =>
      queryClient.setQueryData<ActionItem[]>(actionItemsKey, (items) => items?.map((i) => (i.id === item.id ? item : i))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: actionItemsKey }),
  });
}

export function useDeleteActionItem() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, string>({
    mutationFn: async (id) => {
      await apiFetch(`/api/coach/action-items/${id}`, { method: "DELETE" });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: actionItemsKey }),
  });
}
