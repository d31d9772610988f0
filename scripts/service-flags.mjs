// V8 flags for the process that runs the service (the web mode's Node, Electron's main process).
// A live check allocates a few MB per keystroke, all of it garbage by the next one; with V8's
// default 16 MB young generation a scavenge runs every keystroke or two and costs milliseconds
// against a heap holding a 100,000-concept glossary. 64 MB makes them about three times rarer
// (glossary/bench/service-keystroke.bench.ts: CPU per keystroke 6.2 → 4.2 ms).
export const SERVICE_V8_FLAGS = ['--max-semi-space-size=64'];
