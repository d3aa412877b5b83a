// The one frame every Cadence mail shares: plain text and HTML built from the same parts.

export type EmailParts = {
  /** The language the mail is written in, for the HTML's lang attribute. */
  locale: string;
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer?: string;
  unsubscribe?: { label: string; url: string };
};

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

export function renderLayout(parts: EmailParts): { subject: string; text: string; html: string } {
  const { locale, subject, heading, paragraphs, action, footer, unsubscribe } = parts;
  const text = [
    heading,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    ...(action ? [`${action.label}: ${action.url}`, ""] : []),
    ...(footer ? [footer, ""] : []),
    ...(unsubscribe ? [`${unsubscribe.label}: ${unsubscribe.url}`] : []),
  ]
    .join("\n")
    .trimEnd();
  const html = `<!doctype html>
<html lang="${escape(locale)}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111;max-width:560px;margin:0 auto;padding:24px">
<h1 style="font-size:20px">${escape(heading)}</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}
${action ? `<p><a href="${escape(action.url)}" style="display:inline-block;background:#111;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escape(action.label)}</a></p>` : ""}
${footer ? `<p style="color:#555;font-size:13px">${escape(footer)}</p>` : ""}
${unsubscribe ? `<p style="color:#555;font-size:13px"><a href="${escape(unsubscribe.url)}">${escape(unsubscribe.label)}</a></p>` : ""}
</body></html>`;
  return { subject, text, html };
}
