export default function Home() {
  return <main>Cadence</main>;
}
