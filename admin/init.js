// Loaded before Decap: `?backend=test` on this computer (localhost) opens the admin on Decap's in-memory test
// backend, to try the 下書き → 確認待ち → 公開 workflow without GitHub (admin/cms.ts starts it). Nothing is saved.
if (/(^|[?&])backend=test(&|$)/.test(location.search.slice(1)) && /^(localhost|127\.0\.0\.1)$/.test(location.hostname)) {
  window.CMS_MANUAL_INIT = true;
}
