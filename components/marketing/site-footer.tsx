export function SiteFooter() {
  return (
    <footer className="border-t border-border">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-muted-foreground sm:flex-row sm:justify-between sm:px-6">
        <p>Cadence — the voice-first app for getting better at talking.</p>
        <p>Your data is yours: export or delete it from Settings at any time.</p>
      </div>
    </footer>
  );
}
