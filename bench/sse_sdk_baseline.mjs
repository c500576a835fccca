// SPDX-License-Identifier: MIT
// Baseline for bench_sse_throughput: the official TypeScript SDK parsing and accumulating the
// same SSE bytes, with no network. A client whose `fetch` answers from memory hands the bytes to
// the SDK's own SSE decoder and MessageStream, exactly as a real streamed response would.
//
// usage: node sse_sdk_baseline.mjs FILE REPEATS   → one JSON line: {"best_seconds", "bytes", "text_chars"}
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { default: Anthropic } = await import(require.resolve('@anthropic-ai/sdk'));

const [file, repeatsArg] = process.argv.slice(2);
const bytes = readFileSync(file);
const repeats = Number(repeatsArg ?? 3);
const chunkSize = 64 * 1024; // what a socket read typically delivers

function responseFromMemory() {
    let offset = 0;
    const body = new ReadableStream({
        pull(controller) {
            if (offset >= bytes.length) {
                controller.close();
                return;
            }
            controller.enqueue(new Uint8Array(bytes.buffer, bytes.byteOffset + offset,
                                              Math.min(chunkSize, bytes.length - offset)));
            offset += chunkSize;
        },
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream', 'request-id': 'req_bench' } });
}

const client = new Anthropic({ apiKey: 'bench', baseURL: 'http://127.0.0.1:9', maxRetries: 0,
                               fetch: async () => responseFromMemory() });

let best = Infinity;
let textChars = 0;
for (let i = 0; i < repeats; ++i) {
    const started = process.hrtime.bigint();
    const stream = client.messages.stream({ model: 'claude-sonnet-4-6', max_tokens: 1024,
                                            messages: [{ role: 'user', content: 'bench' }] });
    const message = await stream.finalMessage();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    best = Math.min(best, seconds);
    textChars = message.content[0].text.length;
}
console.log(JSON.stringify({ best_seconds: best, bytes: bytes.length, text_chars: textChars }));
