"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import { ApiError, apiFetch } from "@/hooks/api-request";

const phrase = "DELETE";

/** Deleting is permanent, so the user types DELETE first; afterwards the landing page confirms it. */
export function DeleteAccountDialog() {
  const t = useTranslations("Settings");
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  function onOpenChange(next: boolean) {
    if (pending) return;
    setOpen(next);
    setTyped("");
    setError(undefined);
  }

  async function deleteAccount(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (typed !== phrase) return;
    setPending(true);
    setError(undefined);
    try {
      await apiFetch("/api/me", { method: "DELETE", body: { confirm: phrase } });
      queryClient.clear();
      router.replace("/?deleted=1");
      router.refresh();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t("deleteFailed"));
      setPending(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="destructive">
          <Trash2 aria-hidden />
          {t("deleteAccount")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{t("deleteTitle")}</DialogTitle>
        <DialogDescription>
          {t("deleteDescription")}
        </DialogDescription>
        <form onSubmit={deleteAccount} className="grid gap-4">
          {error ? <Alert variant="error">{error}</Alert> : null}
          <div className="grid gap-2">
            <Label htmlFor="delete-confirm">{t("typeDelete")}</Label>
            <Input
              id="delete-confirm"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              disabled={pending}
            />
          </div>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline" disabled={pending}>
                {t("cancel")}
              </Button>
            </DialogClose>
            <Button type="submit" variant="destructive" disabled={typed !== phrase || pending} aria-busy={pending || undefined}>
              {pending ? <Spinner /> : null}
              {t("deleteMine")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
