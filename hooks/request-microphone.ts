/** Why the microphone could not be opened: the message Hooks.mic.<key>. */
export type MicrophoneProblem = "blocked" | "notFound" | "inUse" | "unavailable";

/** Asks for the microphone once, so a refusal can be explained before the voice session starts.
 * The stream is closed at once: the voice client opens its own. Resolves to the problem, or null. */
export async function requestMicrophone(): Promise<MicrophoneProblem | null> {
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    for (const track of stream.getTracks()) track.stop();
    return null;
  } catch (error) {
    const name = error instanceof DOMException ? error.name : "";
    if (name === "NotAllowedError" || name === "SecurityError") return "blocked";
    if (name === "NotFoundError") return "notFound";
    if (name === "NotReadableError") return "inUse";
    return "unavailable";
  }
}
