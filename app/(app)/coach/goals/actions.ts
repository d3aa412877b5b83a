"use server";

import { z } from "zod";
import { userActionWith } from "@/lib/actions/client";
import { formInput, numberOf, text, textOrNull } from "@/lib/actions/form-input";
import { idParam } from "@/lib/coach/id-param";
import { createActionItem, deleteActionItem, updateActionItem } from "@/lib/coach/planning/action-item-crud";
import { createGoal, deleteGoal, updateGoal } from "@/lib/coach/planning/goals";
import {
  actionItemCreateSchema,
  actionItemUpdateSchema,
  goalInputSchema,
  goalUpdateSchema,
} from "@/lib/coach/planning/planning-schemas";

// The goals page's forms and buttons; /api/coach/goals and /api/coach/action-items serve the same
// lib/ functions to other clients. An id that is not one of the user's rows is a 404, as there.

const goalForm = formInput(goalInputSchema, (form) => ({
  title: text(form, "title"),
  category: text(form, "category") || undefined,
  priority: numberOf(form, "priority"),
  targetDate: textOrNull(form, "targetDate"),
}));

export const createGoalAction = userActionWith(goalForm).stateAction(async ({ parsedInput, ctx }) =>
  createGoal({ db: ctx.db, userId: ctx.user.id, goal: parsedInput }),
);

export const updateGoalAction = userActionWith(z.object({ id: z.string(), changes: goalUpdateSchema })).action(
  async ({ parsedInput: { id, changes }, ctx }) =>
    updateGoal({ db: ctx.db, userId: ctx.user.id, goalId: idParam({ id }, "goal"), changes }),
);

export const deleteGoalAction = userActionWith(z.object({ id: z.string() })).action(async ({ parsedInput: { id }, ctx }) => {
  await deleteGoal({ db: ctx.db, userId: ctx.user.id, goalId: idParam({ id }, "goal") });
  return { deleted: true };
});

const actionItemForm = formInput(actionItemCreateSchema, (form) => ({
  text: text(form, "text"),
  dueDate: textOrNull(form, "dueDate"),
  goalId: textOrNull(form, "goalId"),
}));

export const createActionItemAction = userActionWith(actionItemForm).stateAction(async ({ parsedInput, ctx }) =>
  createActionItem({ db: ctx.db, userId: ctx.user.id, item: parsedInput }),
);

export const updateActionItemAction = userActionWith(z.object({ id: z.string(), changes: actionItemUpdateSchema })).action(
  async ({ parsedInput: { id, changes }, ctx }) =>
    updateActionItem({ db: ctx.db, userId: ctx.user.id, itemId: idParam({ id }, "actionItem"), changes }),
);

export const deleteActionItemAction = userActionWith(z.object({ id: z.string() })).action(async ({ parsedInput: { id }, ctx }) => {
  await deleteActionItem({ db: ctx.db, userId: ctx.user.id, itemId: idParam({ id }, "actionItem") });
  return { deleted: true };
});
