import { describe, expect, it } from "vitest";
import { verificationEmail } from "@/lib/notifications/email/auth-templates";
import { renderNotificationEmail } from "@/lib/notifications/email/templates";

const input = { title: "Sesión con tu coach", body: "Mañana a las 9:00.", url: "https://cadence.test/coach", unsubscribeUrl: "https://cadence.test/unsubscribe?token=t" };

describe("notification mail in the recipient's language", () => {
  it("writes a Spanish recipient's mail in Spanish, lang and all", () => {
    const mail = renderNotificationEmail("coach.session-reminder", { ...input, locale: "es" });
    expect(mail.subject).toBe("Recordatorio: Sesión con tu coach");
    expect(mail.html).toContain('<html lang="es">');
    expect(mail.text).toContain("Abrir la sesión: https://cadence.test/coach");
    expect(mail.text).toContain("Darse de baja de estos correos: https://cadence.test/unsubscribe?token=t");
  });

  it("keeps English for English and for a language without messages", () => {
    expect(renderNotificationEmail("wellbeing.check-in", { ...input, locale: "en" }).subject).toBe("Your daily check-in");
    const french = renderNotificationEmail("billing.payment-failed", { ...input, locale: "fr" });
    expect(french.subject).toBe("Your Cadence payment did not go through");
    expect(french.html).toContain('<html lang="fr">');
  });

  it("escapes the user's own words in the HTML", () => {
    const mail = verificationEmail({ name: "<b>Zoë</b>", url: "https://cadence.test/v", locale: "es" });
    expect(mail.subject).toBe("Verifica tu correo para Cadence");
    expect(mail.html).toContain("Te damos la bienvenida a Cadence, &lt;b&gt;Zoë&lt;/b&gt;");
  });
});
