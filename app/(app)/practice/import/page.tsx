import type { Metadata } from "next";
import { ImportCallForm } from "@/components/practice/import-call-form";

export const metadata: Metadata = { title: "Import a call" };

export default function ImportCallPage() {
  return (
    <div className="mx-auto grid max-w-3xl gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Import a real call</h1>
        <p className="text-muted-foreground">
          Bring in the transcript of a call you had — WebVTT or SRT from your meeting tool, or plain text — and get the same debrief as a
          practice call. Then practise against that buyer: their objections and pains, played back.
        </p>
      </div>
      <ImportCallForm />
    </div>
  );
}
