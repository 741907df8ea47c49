/**
 * Stable `data-testid` values for the end-to-end tests (playwright-core). Prefer accessible roles
 * and labels; these mark the elements a test must find without depending on text or layout.
 *
 *   nav-overview, nav-whales, nav-signals, nav-orders,      header links to each page
 *   nav-positions, nav-strategies, nav-system, nav-settings
 *   page-<name>            root of each page: page-overview, page-whales, page-whale (one wallet's
 *                          detail), page-signals, page-orders, page-positions, page-strategies,
 *                          page-system, page-settings
 *   trading-state          header badge; its text is ACTIVE, REDUCING or HALTED (data-state too)
 *   trading-mode           header badge with sim / paper / live
 *   live-armed             header badge: "armed" or "disarmed" (data-armed="true|false")
 *   kill-switch            header button that opens the kill confirmation (every page)
 *   kill-reason            the reason textarea in that dialog
 *   kill-confirm           the dialog's confirm button
 *   release-button, arm-button, disarm-button    header control actions (dialogs ask a reason, and a
 *                          TOTP code for release and arm)
 *   action-reason, action-totp, action-confirm   fields and confirm button of those dialogs and of
 *                          pin / ban / unpin / unban
 *   whales-table           the wallets table; whale-row-<address> one row (lower-case address)
 *   pin-button, unpin-button, ban-button, unban-button   whitelist actions on the wallet page
 *   baskets                the baskets panel
 *   signals-list           signal-<id> one signal; its risk decision inside has data-approved
 *   orders-table           order-row-<hash> one row, with the status text inside
 *   order-detail           the selected order's timeline and fills
 *   fills-table, positions-table
 *   strategy-<name>        one strategy card; strategy-enabled-<name> its on/off switch
 *   strategy-param-<key>   a parameter's input (inside its strategy card)
 *   strategy-save          the card's save button (inside its strategy card)
 *   dead-letters           dead letters panel; dead-letter-<id> one row with Retry / Discard buttons
 *   audit-log              the audit table
 *   users-table            admin's user list; user-row-<username> one row
 *   totp-start, totp-secret, totp-uri, totp-code, totp-verify   TOTP enrolment in Settings
 */
export const testIds = {
  nav: (page: string) => `nav-${page}`,
  page: (name: string) => `page-${name}`,
  tradingState: 'trading-state',
  tradingMode: 'trading-mode',
  liveArmed: 'live-armed',
  killSwitch: 'kill-switch',
  killReason: 'kill-reason',
  killConfirm: 'kill-confirm',
  releaseButton: 'release-button',
  armButton: 'arm-button',
  disarmButton: 'disarm-button',
  actionReason: 'action-reason',
  actionTotp: 'action-totp',
  actionConfirm: 'action-confirm',
  whalesTable: 'whales-table',
  whaleRow: (address: string) => `whale-row-${address}`,
  pinButton: 'pin-button',
  unpinButton: 'unpin-button',
  banButton: 'ban-button',
  unbanButton: 'unban-button',
  baskets: 'baskets',
  signalsList: 'signals-list',
  signal: (id: string) => `signal-${id}`,
  ordersTable: 'orders-table',
  orderRow: (hash: string) => `order-row-${hash}`,
  orderDetail: 'order-detail',
  fillsTable: 'fills-table',
  positionsTable: 'positions-table',
  strategy: (name: string) => `strategy-${name}`,
  strategyEnabled: (name: string) => `strategy-enabled-${name}`,
  strategyParam: (key: string) => `strategy-param-${key}`,
  strategySave: 'strategy-save',
  deadLetters: 'dead-letters',
  deadLetter: (id: number) => `dead-letter-${id}`,
  auditLog: 'audit-log',
  usersTable: 'users-table',
  userRow: (username: string) => `user-row-${username}`,
  totpStart: 'totp-start',
  totpSecret: 'totp-secret',
  totpUri: 'totp-uri',
  totpCode: 'totp-code',
  totpVerify: 'totp-verify',
} as const;
