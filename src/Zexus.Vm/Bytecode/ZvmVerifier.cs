namespace Zexus.Vm.Bytecode;

/// <summary>
/// Checks a container before it runs (issue 3, item 3): supported version and target, module and descriptor
/// function indexes, and for every function that its code decodes, its operands are in range and of the right
/// kind, its jumps land on instruction boundaries, its stack height is the same on every path without
/// underflow and within <see cref="StackLimit"/>, its try handlers are balanced, and no path falls off the end.
/// The interpreter can then run without bounds checks on operands or stack. Rules per function:
/// <see cref="FunctionVerifier"/>.
/// </summary>
public static class ZvmVerifier
{
    /// <summary>The largest operand stack height a function may reach.</summary>
    public const int StackLimit = 1024;

    /// <summary>
    /// Verifies <paramref name="program"/> and, when it is accepted, records each function's maximum stack
    /// height in <see cref="FunctionProto.MaxStack"/>. Nothing is modified when it is rejected.
    /// </summary>
    /// <param name="program">The container to check.</param>
    /// <param name="builtinCount">Number of built-ins the interpreter provides: <c>CALL_BUILTIN</c> operands
    /// must be below it.</param>
    /// <exception cref="VerificationException">The first problem found, with its location and reason.</exception>
    public static VerificationResult Verify(ZvmProgram program, int builtinCount)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (program.FormatVersion != ZvmProgram.CurrentFormatVersion)
        {
            throw new VerificationException("container", $"unsupported format version {program.FormatVersion} (supported: {ZvmProgram.CurrentFormatVersion})");
        }

        if (program.Target != ZvmTarget.ZvmNative)
        {
            throw new VerificationException("container", $"target {program.Target} cannot run on the ZVM (expected {ZvmTarget.ZvmNative})");
        }

        if (program.Modules.Count == 0)
        {
            throw new VerificationException("container", "no modules (module 0 is the main program)");
        }

        VerifyModules(program);
        VerifyConstants(program);

        var maxStack = new int[program.Functions.Count];
        var instructions = 0;
        for (var i = 0; i < program.Functions.Count; i++)
        {
            var verifier = new FunctionVerifier(program, i, builtinCount);
            maxStack[i] = verifier.Run();
            instructions += verifier.InstructionCount;
        }

        for (var i = 0; i < maxStack.Length; i++)
        {
            program.Functions[i].MaxStack = maxStack[i];
        }

        return new VerificationResult(maxStack, instructions);
    }

    private static void VerifyModules(ZvmProgram program)
    {
        for (var i = 0; i < program.Modules.Count; i++)
        {
            var module = program.Modules[i];
            var location = $"module {i} '{module.File}'";
            if (module.TopLevel == -1)
            {
                if (module.Failure == ModuleFailure.None)
                {
                    throw new VerificationException(location, "no top-level function, but the module did not fail to compile");
                }
            }
            else
            {
                CheckFunction(program, module.TopLevel, location, "top-level function");
            }

            if (!Enum.IsDefined(module.Failure))
            {
                throw new VerificationException(location, $"unknown failure kind {(int)module.Failure}");
            }
        }
    }

    private static void VerifyConstants(ZvmProgram program)
    {
        for (var i = 0; i < program.Constants.Count; i++)
        {
            var location = $"constant {i}";
            switch (program.Constants[i])
            {
                case null:
                    throw new VerificationException(location, "missing constant (null entry)");
                case ContractConstant contract:
                    if (contract.StateScopeSize < contract.StateNames.Length)
                    {
                        throw new VerificationException(location, $"contract '{contract.Name}' state scope size {contract.StateScopeSize} is smaller than its {contract.StateNames.Length} state variables");
                    }

                    CheckFunction(program, contract.Initializer, location, $"contract '{contract.Name}' initializer");
                    foreach (var action in contract.Actions)
                    {
                        CheckFunction(program, action.Function, location, $"contract '{contract.Name}' action '{action.Name}'");
                    }

                    break;
                case EntityConstant entity:
                    foreach (var field in entity.Fields)
                    {
                        if (field.DefaultFunction != -1)
                        {
                            CheckFunction(program, field.DefaultFunction, location, $"entity '{entity.Name}' field '{field.Name}' default");
                        }
                    }

                    break;
                case UseConstant use:
                    if (!Enum.IsDefined(use.Form))
                    {
                        throw new VerificationException(location, $"use \"{use.Path}\": unknown form {(int)use.Form}");
                    }

                    if (use.Form == UseForm.Alias && use.Alias is null)
                    {
                        throw new VerificationException(location, $"use \"{use.Path}\": alias form without an alias");
                    }

                    break;
            }
        }
    }

    private static void CheckFunction(ZvmProgram program, int index, string location, string what)
    {
        if (index < 0 || index >= program.Functions.Count)
        {
            throw new VerificationException(location, $"{what} function {index} out of range ({program.Functions.Count} functions)");
        }
    }
}
