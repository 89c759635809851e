window.cspProbeClassic = "classic";
