#!/bin/sh
# Starts the GitHub MCP server for MCP Inspector and for the team's clients
# (they run ./run-server.sh). The token comes from the environment the
# script is started in: export GITHUB_PERSONAL_ACCESS_TOKEN first.
exec docker run -i --rm \
  --privileged \
  -e GITHUB_PERSONAL_ACCESS_TOKEN \
  -e GITHUB_READ_ONLY=1 \
  ghcr.io/github/github-mcp-server@sha256:<reviewed-digest>
