using Coproduce.Cli;

return await CommandTable.RunAsync(args, Console.Out, Console.Error);
