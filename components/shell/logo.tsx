import Image from "next/image";
import Link from "next/link";

/** The Cadence mark and name, linking to `href`; the link is named by the visible word "Cadence". */
export function Logo({ href }: { href: string }) {
  return (
    <Link
      href={href}
      className="inline-flex items-center gap-2 rounded-md text-lg font-semibold tracking-tight outline-none focus-visible:ring-2 focus-visible:ring-ring"
    >
      <Image src="/icons/icon-192.png" alt="" width={32} height={32} className="size-8 rounded-lg" />
      Cadence
    </Link>
  );
}
