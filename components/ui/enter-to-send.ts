import type { KeyboardEvent } from "react";

/** A textarea key handler: Enter sends, Shift+Enter adds a line, and IME composition is left alone. */
export function enterToSend(send: () => void) {
  return (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };
}
