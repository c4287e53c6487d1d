using Coproduce.Bench;

return await BenchmarkTable.RunAsync(args);
