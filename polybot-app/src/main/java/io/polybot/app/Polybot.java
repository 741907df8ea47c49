package io.polybot.app;

import io.polybot.app.cli.BenchCommand;
import io.polybot.app.cli.ConformanceCommand;
import io.polybot.app.cli.DemoCommand;
import io.polybot.app.cli.DlqCommand;
import io.polybot.app.cli.RunCommand;
import io.polybot.app.cli.ScreenshotsCommand;
import io.polybot.app.cli.SimCommand;
import io.polybot.app.cli.WalletsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code polybot} command: one subcommand per mode or tool. Without a subcommand it runs the demo. */
@Command(name = "polybot", mixinStandardHelpOptions = true, version = "polybot 0.1.0",
        description = "Automated trading on Polymarket: whale copy-trading and signal strategies under one risk engine.",
        subcommands = {DemoCommand.class, RunCommand.class, SimCommand.class, DlqCommand.class, ConformanceCommand.class,
                WalletsCommand.class, BenchCommand.class, ScreenshotsCommand.class, CommandLine.HelpCommand.class})
public final class Polybot implements Runnable {

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"demo"} : args;
        int exit = new CommandLine(new Polybot()).setCaseInsensitiveEnumValuesAllowed(true).execute(effective);
        if (exit != 0) System.exit(exit);
    }

    @Override public void run() { new CommandLine(this).usage(System.out); }
}
