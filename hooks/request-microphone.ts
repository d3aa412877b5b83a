/** Asks for the microphone once, so a refusal can be explained before the voice session starts.
 * The stream is closed at once: the voice client opens its own. Resolves to an error message, or null. */
export async function requestMicrophone(): Promise<string | null> {
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    for (const track of stream.getTracks()) track.stop();
    return null;
  } catch (error) {
    const name = error instanceof DOMException ? error.name : "";
    if (name === "NotAllowedError" || name === "SecurityError") {
      return "Microphone access was blocked. Allow the microphone for this site in your browser's address bar, then try again.";
    }
    if (name === "NotFoundError") return "No microphone was found. Connect one, then try again.";
    if (name === "NotReadableError") return "Your microphone is in use by another app. Close it, then try again.";
    return "This browser cannot open the microphone here.";
  }
}
