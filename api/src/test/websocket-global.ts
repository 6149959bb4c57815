// See fhir-validator.ts: only the validator's module load needs the name, nothing calls it.
(globalThis as { WebSocket?: unknown }).WebSocket ??= class WebSocketUnused {};
