"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  deleteActionItemAction,
  deleteGoalAction,
  updateActionItemAction,
  updateGoalAction,
} from "@/app/(app)/coach/goals/actions";
import type { ActionItem, Goal } from "@/components/coach/planning/api-types";
import { runAction } from "./action-result";
import { apiRequest, type ApiError } from "./api-request";

export const goalsKey = ["coach", "goals"] as const;
export const actionItemsKey = ["coach", "action-items"] as const;

type GoalChanges = Partial<Pick<Goal, "title" | "category" | "priority" | "targetDate" | "progress" | "status">>;
type ActionItemChanges = Partial<Pick<ActionItem, "text" | "dueDate" | "goalId" | "status">>;

/** The user's goals, seeded with what the page already rendered on the server. */
export function useGoals(initialData?: Goal[]) {
  return useQuery<Goal[], ApiError>({
    queryKey: goalsKey,
    queryFn: async () => (await apiRequest<{ goals: Goal[] }>("/api/coach/goals")).goals,
    initialData,
  });
}

export function useUpdateGoal() {
  const queryClient = useQueryClient();
  return useMutation<Goal, ApiError, { id: string; changes: GoalChanges }>({
    mutationFn: (input) => runAction(() => updateGoalAction(input)),
    onSuccess: (goal) => queryClient.setQueryData<Goal[]>(goalsKey, (goals) => goals?.map((g) => (g.id === goal.id ? goal : g))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: goalsKey }),
  });
}

export function useDeleteGoal() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, string>({
    mutationFn: async (id) => {
      await runAction(() => deleteGoalAction({ id }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["coach"] }),
  });
}

/** The user's action items, seeded like useGoals. */
export function useActionItems(initialData?: ActionItem[]) {
  return useQuery<ActionItem[], ApiError>({
    queryKey: actionItemsKey,
    queryFn: async () => (await apiRequest<{ actionItems: ActionItem[] }>("/api/coach/action-items")).actionItems,
    initialData,
  });
}

export function useUpdateActionItem() {
  const queryClient = useQueryClient();
  return useMutation<ActionItem, ApiError, { id: string; changes: ActionItemChanges }>({
    mutationFn: (input) => runAction(() => updateActionItemAction(input)),
    onSuccess: (item) =>
      queryClient.setQueryData<ActionItem[]>(actionItemsKey, (items) => items?.map((i) => (i.id === item.id ? item : i))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: actionItemsKey }),
  });
}

export function useDeleteActionItem() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, string>({
    mutationFn: async (id) => {
      await runAction(() => deleteActionItemAction({ id }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: actionItemsKey }),
  });
}
