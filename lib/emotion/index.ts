// The emotion analyser shared by Connect and Wellbeing. Server code that wants the LLM reading
// imports detectEmotions from "./detect-emotions"; everything here also runs in the browser.
export { analyseEmotions, LEXICON_ENGINE, type EmotionAnalysis } from "./analyse-emotions";
export * from "./emotions";
