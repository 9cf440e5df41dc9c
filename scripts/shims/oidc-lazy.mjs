// Stands in for @actions/core's OIDC client in the bundle (see scripts/bundle.mjs). The real one
// pulls in @actions/http-client and undici, some 800 KB that every run would parse at start-up;
// this action never asks for an ID token, so they load only if something ever does.
export const OidcClient = {
  async getIDToken(audience) {
    const { OidcClient: real } = await import('ro-real:@actions/core/oidc-utils')
    return real.getIDToken(audience)
  }
}
