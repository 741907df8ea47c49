// Contract test of polybot-sim: drives the official @polymarket/clob-client-v2 against the sim.
//
//   node contract.mjs <clob base URL> <ws base URL> <sim ops base URL>
//   e.g. node contract.mjs http://127.0.0.1:8080/clob ws://127.0.0.1:8080/ws http://127.0.0.1:8080/sim
//
// Prints one line "STEP <name> ok <detail>" per step and exits 1 at the first failure
// ("STEP <name> FAILED <reason>"). Everything goes through the official client except funding
// (a sim operator endpoint; on the venue one deposits pUSD) and the user WebSocket, which the
// client does not wrap.

import { Wallet } from "@ethersproject/wallet";
import { ClobClient, Chain, OrderType, Side } from "@polymarket/clob-client-v2";

const [clobUrl, wsUrl, simUrl] = process.argv.slice(2);
if (!clobUrl || !wsUrl || !simUrl) {
  console.error("usage: node contract.mjs <clob URL> <ws URL> <sim URL>");
  process.exit(2);
}

const STEP_TIMEOUT_MS = 15_000;
// A fixed test key: the sim is local, nothing of value is behind it.
const wallet = new Wallet("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");

function ok(step, detail = "") {
  console.log(`STEP ${step} ok ${detail}`.trimEnd());
}

function fail(step, reason) {
  console.log(`STEP ${step} FAILED ${reason}`);
  process.exit(1);
}

async function step(name, body) {
  try {
    const detail = await body();
    ok(name, detail ?? "");
  } catch (e) {
    fail(name, e?.stack ?? String(e));
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Node 22+ has a global WebSocket; Node 20 gets the `ws` package the client already installs. */
async function openSocket(url) {
  const Impl = globalThis.WebSocket ?? (await import("ws")).default;
  const socket = new Impl(url);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = (e) => reject(new Error(`cannot open ${url}: ${e?.message ?? e}`));
  });
  return socket;
}

/** Collects JSON frames of a socket and lets a step wait for one matching a predicate. */
function frames(socket) {
  const seen = [];
  const waiters = [];
  socket.onmessage = (event) => {
    const text = typeof event.data === "string" ? event.data : event.data.toString();
    if (text === "PONG") {
      seen.push({ pong: true });
    } else {
      const parsed = JSON.parse(text);
      for (const frame of Array.isArray(parsed) ? parsed : [parsed]) seen.push(frame);
    }
    for (const w of [...waiters]) w();
  };
  return {
    waitFor(predicate, what) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), STEP_TIMEOUT_MS);
        const test = () => {
          const hit = seen.find(predicate);
          if (hit) {
            clearTimeout(timer);
            waiters.splice(waiters.indexOf(test), 1);
            resolve(hit);
          }
        };
        waiters.push(test);
        test();
      });
    },
  };
}

const rejected = (response) => Boolean(response?.error) || response?.success === false;

let client;
let creds;
let market;
let token;
let book;
let user;
let restingId;
let fokId;
let fokTradeId;

await step("fund", async () => {
  const res = await fetch(`${simUrl}/fund`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ address: wallet.address, pusd: "1000" }),
  });
  check(res.ok, `HTTP ${res.status}: ${await res.text()}`);
  return `${wallet.address} 1000 pUSD`;
});

await step("create-api-key", async () => {
  const l1 = new ClobClient({ host: clobUrl, chain: Chain.POLYGON, signer: wallet, useServerTime: true });
  creds = await l1.createApiKey();
  check(creds?.key && creds?.secret && creds?.passphrase, `no credentials: ${JSON.stringify(creds)}`);
  client = new ClobClient({ host: clobUrl, chain: Chain.POLYGON, signer: wallet, creds, useServerTime: true, throwOnError: false });
  return creds.key;
});

await step("balance", async () => {
  const balance = await client.getBalanceAllowance({ asset_type: "COLLATERAL" });
  check(balance?.balance === "1000000000", `balance ${JSON.stringify(balance)}`);
  return balance.balance;
});

await step("get-markets", async () => {
  const page = await client.getMarkets();
  check(Array.isArray(page?.data) && page.data.length > 0, `no markets: ${JSON.stringify(page)}`);
  market = page.data[0];
  token = market.tokens[0].token_id;
  const info = await client.getClobMarketInfo(market.condition_id);
  check(info?.t?.length === 2, `clob-markets: ${JSON.stringify(info)}`);
  return `${page.data.length} markets, using ${market.condition_id} fee r=${info.fd?.r} e=${info.fd?.e}`;
});

await step("get-book", async () => {
  book = await client.getOrderBook(token);
  check(book?.asset_id === token && book.asks?.length > 0 && book.bids?.length > 0, `book: ${JSON.stringify(book)}`);
  return `bids ${book.bids.length} asks ${book.asks.length} best ask ${book.asks.at(-1).price}`;
});

await step("user-channel", async () => {
  const socket = await openSocket(`${wsUrl}/user`);
  user = frames(socket);
  socket.send(JSON.stringify({ auth: { apiKey: creds.key, secret: creds.secret, passphrase: creds.passphrase }, markets: [], type: "user" }));
  socket.send("PING");
  await user.waitFor((f) => f.pong, "PONG");
  return "subscribed, PING answered";
});

await step("post-gtc", async () => {
  const tick = await client.getTickSize(token);
  const price = Number(tick); // the lowest valid price: rests below every bid
  const response = await client.createAndPostOrder({ tokenID: token, price, size: 10, side: Side.BUY }, { tickSize: tick }, OrderType.GTC);
  check(!rejected(response) && response.status === "live" && response.orderID, `response ${JSON.stringify(response)}`);
  restingId = response.orderID;
  return `${restingId} live at ${price}`;
});

await step("open-orders", async () => {
  const open = await client.getOpenOrders({ market: market.condition_id });
  check(open.some((o) => o.id === restingId), `not among open orders: ${JSON.stringify(open)}`);
  const order = await client.getOrder(restingId);
  check(order?.id === restingId && /LIVE/.test(order.status), `getOrder: ${JSON.stringify(order)}`);
  await user.waitFor((f) => f.event_type === "order" && f.id === restingId && f.type === "PLACEMENT", "order PLACEMENT");
  return `${open.length} open`;
});

await step("cancel", async () => {
  const response = await client.cancelOrder({ orderID: restingId });
  check(response?.canceled?.includes(restingId), `cancel: ${JSON.stringify(response)}`);
  await user.waitFor((f) => f.event_type === "order" && f.id === restingId && f.type === "CANCELLATION", "order CANCELLATION");
  const open = await client.getOpenOrders({ market: market.condition_id });
  check(!open.some((o) => o.id === restingId), "still open after cancel");
  return restingId;
});

await step("post-fok", async () => {
  const response = await client.createAndPostMarketOrder({ tokenID: token, amount: 10, side: Side.BUY }, undefined, OrderType.FOK);
  check(!rejected(response) && response.status === "matched" && response.tradeIDs?.length === 1, `response ${JSON.stringify(response)}`);
  fokId = response.orderID;
  fokTradeId = response.tradeIDs[0];
  return `${fokId} matched, making ${response.makingAmount} taking ${response.takingAmount}`;
});

await step("fill-on-user-channel", async () => {
  const trade = (status) => (f) => f.event_type === "trade" && f.id === fokTradeId && f.status === status;
  const matched = await user.waitFor(trade("MATCHED"), "trade MATCHED");
  check(matched.taker_order_id === fokId && matched.trader_side === "TAKER", `trade ${JSON.stringify(matched)}`);
  await user.waitFor(trade("MINED"), "trade MINED");
  await user.waitFor(trade("CONFIRMED"), "trade CONFIRMED");
  return `${fokTradeId} MATCHED -> MINED -> CONFIRMED, size ${matched.size} at ${matched.price}`;
});

await step("get-trades", async () => {
  const trades = await client.getTrades({ market: market.condition_id });
  const mine = trades.find((t) => t.id === fokTradeId);
  check(mine && mine.taker_order_id === fokId, `trade not listed: ${JSON.stringify(trades)}`);
  return `${trades.length} trades, fee ${mine.fee ?? "-"} rate ${mine.fee_rate_bps} bps`;
});

await step("heartbeat", async () => {
  const first = await client.postHeartbeat("");
  check(first?.heartbeat_id, `heartbeat: ${JSON.stringify(first)}`);
  const second = await client.postHeartbeat(first.heartbeat_id);
  check(second?.heartbeat_id && second.heartbeat_id !== first.heartbeat_id, `chained heartbeat: ${JSON.stringify(second)}`);
  return second.heartbeat_id;
});

await step("tampered-signature-rejected", async () => {
  const tick = await client.getTickSize(token);
  const order = await client.createOrder({ tokenID: token, price: Number(tick), size: 10, side: Side.BUY }, { tickSize: tick });
  // Flip one nibble of s: the signature still parses but recovers another address.
  const sig = order.signature;
  const i = 2 + 64 + 10;
  order.signature = sig.slice(0, i) + (sig[i] === "0" ? "1" : "0") + sig.slice(i + 1);
  const response = await client.postOrder(order, OrderType.GTC);
  check(rejected(response), `tampered order accepted: ${JSON.stringify(response)}`);
  check(response.status === 400, `expected HTTP 400, got ${JSON.stringify(response)}`);
  return `rejected: ${typeof response.error === "string" ? response.error : JSON.stringify(response.error)}`;
});

console.log("CONTRACT OK");
process.exit(0);
