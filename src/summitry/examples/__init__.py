"""Example articles shipped with summitry: original short news pieces on US–North Korea
diplomacy in 2018–2019, written for this project as the demo's input (read them with
`summitry.ingest.example_paths`)."""
