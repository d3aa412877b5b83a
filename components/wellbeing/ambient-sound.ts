// Ambient sound made in the browser with Web Audio: nothing is downloaded and nothing is licensed.
// Rain is low-passed white noise, the ocean is noise swelling on a slow LFO, the drone two soft,
// slightly detuned sine tones.

export type Ambient = "rain" | "ocean" | "drone" | "none";

export type AmbientPlayer = { stop: () => void; setVolume: (volume: number) => void };

function noiseSource(ctx: AudioContext): AudioBufferSourceNode {
  const buffer = ctx.createBuffer(1, ctx.sampleRate * 2, ctx.sampleRate);
  const data = buffer.getChannelData(0);
  for (let i = 0; i < data.length; i++) data[i] = Math.random() * 2 - 1;
  const source = ctx.createBufferSource();
  source.buffer = buffer;
  source.loop = true;
  return source;
}

/** Starts the sound (call from a click: browsers only allow audio after a gesture). */
export function startAmbient(kind: Ambient, volume = 0.3): AmbientPlayer | null {
  if (kind === "none" || typeof AudioContext === "undefined") return null;
  const ctx = new AudioContext();
  const master = ctx.createGain();
  master.gain.value = volume;
  master.connect(ctx.destination);
  const stops: (() => void)[] = [];

  if (kind === "drone") {
    for (const frequency of [110, 110.7, 165]) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = frequency;
      gain.gain.value = 0.12;
      osc.connect(gain).connect(master);
      osc.start();
      stops.push(() => osc.stop());
    }
  } else {
    const noise = noiseSource(ctx);
    const filter = ctx.createBiquadFilter();
    filter.type = "lowpass";
    filter.frequency.value = kind === "rain" ? 1200 : 500;
    const swell = ctx.createGain();
    swell.gain.value = 0.5;
    noise.connect(filter).connect(swell).connect(master);
    if (kind === "ocean") {
      const lfo = ctx.createOscillator();
      const depth = ctx.createGain();
      lfo.frequency.value = 0.1;
      depth.gain.value = 0.4;
      lfo.connect(depth).connect(swell.gain);
      lfo.start();
      stops.push(() => lfo.stop());
    }
    noise.start();
    stops.push(() => noise.stop());
  }

  return {
    stop: () => {
      stops.forEach((stop) => stop());
      void ctx.close();
    },
    setVolume: (v) => {
      master.gain.value = v;
    },
  };
}
