// SPDX-License-Identifier: MIT
// The sandbox bridge Worker Agent Workbench talks to (docs/cloudflare-bridge.md): the bridge
// from @cloudflare/sandbox serves /v1/... and /health; every other path answers 404.
import { bridge } from "@cloudflare/sandbox/bridge";

// The two Durable Object classes the bridge needs, exported under the names wrangler.jsonc binds.
export { Sandbox } from "@cloudflare/sandbox";
export { WarmPool } from "@cloudflare/sandbox/bridge";

export default bridge({
  async fetch() {
    return new Response("Not a sandbox bridge route\n", { status: 404 });
  },
});
