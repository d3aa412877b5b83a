import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Cadence — get better at talking",
    short_name: "Cadence",
    description: "Practise sales calls, think out loud with a coach, connect by voice and keep a wellbeing journal.",
    start_url: "/dashboard",
    scope: "/",
    display: "standalone",
    background_color: "#0b1020",
    theme_color: "#4f46e5",
    categories: ["productivity", "education", "lifestyle"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
