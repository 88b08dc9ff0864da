# sam build (template.yaml: Metadata BuildMethod: makefile) runs `make build-<LogicalId>` for
# each function, in a copy of CodeUri (this folder, node_modules included: run `npm ci` first)
# with ARTIFACTS_DIR set to that function's .aws-sam/build/<LogicalId>/ folder. Each target
# bundles the function with scripts/build.ts (esbuild with plugins, which SAM's own esbuild
# builder cannot take); `npm run build` builds all of them into dist/functions/ the same way.
# test/deploy/template.test.ts checks there is one target per function of template.yaml.

FUNCTIONS := WsConnectFunction WsDisconnectFunction WsDefaultFunction WsMessageFunction SweepFunction RelayFunction RelayTurnFunction StaffFunction

.PHONY: $(addprefix build-,$(FUNCTIONS))

$(addprefix build-,$(FUNCTIONS)):
	./node_modules/.bin/tsx scripts/build.ts --function $(@:build-%=%) --outdir "$(ARTIFACTS_DIR)"
