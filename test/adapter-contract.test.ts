// The adapter contract, run for every platform adapter: the same behaviours, each platform's way.
import { discordContractDriver } from "./fakes/discord/contract-driver.ts";
import { slackContractDriver } from "./fakes/slack/contract-driver.ts";
import { adapterContract } from "./helpers/adapter-contract.ts";

adapterContract("Discord", discordContractDriver);
adapterContract("Slack (HTTP)", slackContractDriver);
