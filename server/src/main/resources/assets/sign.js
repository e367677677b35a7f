// Signs a log entry in the browser with the party's Ed25519 key (WebCrypto): the key file is read here and
// never sent. The form carries the statement (base64) the server asks to sign; this script adds the C2SP
// signed-note signature line "— <name> <base64(key ID || signature)>" and submits.
"use strict";
(function () {
  // PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410): what WebCrypto imports.
  const PKCS8_PREFIX = [0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20];

  function toBase64(bytes) {
    let s = "";
    bytes.forEach(function (b) { s += String.fromCharCode(b); });
    return btoa(s);
  }

  function fromBase64(text) {
    return Uint8Array.from(atob(text), function (c) { return c.charCodeAt(0); });
  }

  function parseKey(text) {
    // The base64 key may itself contain "+": only the first four "+" separate fields.
    const parts = text.trim().split("+");
    if (parts.length < 5 || parts[0] !== "PRIVATE" || parts[1] !== "KEY") {
      throw new Error("this is not a PRIVATE+KEY+… file written by repatria keygen");
    }
    const raw = fromBase64(parts.slice(4).join("+"));
    if (!/^[0-9a-f]{8}$/.test(parts[3]) || raw.length !== 33 || raw[0] !== 1) {
      throw new Error("this key file is damaged or not an Ed25519 key");
    }
    return { name: parts[2], id: Uint8Array.from(parts[3].match(/../g), function (h) { return parseInt(h, 16); }),
      seed: raw.slice(1) };
  }

  async function signatureLine(keyText, statement) {
    const key = parseKey(keyText);
    const pkcs8 = new Uint8Array(48);
    pkcs8.set(PKCS8_PREFIX);
    pkcs8.set(key.seed, 16);
    const secret = await crypto.subtle.importKey("pkcs8", pkcs8, { name: "Ed25519" }, false, ["sign"]);
    const signature = new Uint8Array(await crypto.subtle.sign({ name: "Ed25519" }, secret, statement));
    const blob = new Uint8Array(4 + signature.length);
    blob.set(key.id);
    blob.set(signature, 4);
    return "\u2014 " + key.name + " " + toBase64(blob);
  }

  document.querySelectorAll("form[data-statement]").forEach(function (form) {
    form.addEventListener("submit", async function (event) {
      const file = form.querySelector("input[data-key-file]").files[0];
      const line = form.querySelector("input[name=signature]");
      const status = form.querySelector("[data-sign-status]");
      if (!file) {
        return; // a signature line pasted from repatria tooling is submitted as it is
      }
      event.preventDefault();
      try {
        line.value = await signatureLine(await file.text(), fromBase64(form.dataset.statement));
        form.submit();
      } catch (e) {
        status.textContent = e.message;
      }
    });
  });
})();
