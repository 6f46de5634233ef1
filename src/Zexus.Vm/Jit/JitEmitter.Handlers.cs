using System.Reflection.Emit;

namespace Zexus.Vm.Jit;

/// <summary>Continuing at an error handler's code once <see cref="JitHandlers.Catch"/> chose it (SETUP_TRY, SETUP_FINALLY).</summary>
internal sealed partial class JitEmitter
{
    /// <summary>
    /// At the start of the protected region: after an error was caught (<see cref="JitHandlers.Catch"/>), continue
    /// at its handler's code, a catch handler with the message on the stack at the height of its SETUP_TRY.
    /// </summary>
    private void EmitResumeDispatch(List<(int Target, bool IsCatch)> handlerCode)
    {
        if (handlerCode.Count == 0)
        {
            return;
        }

        var start = _il.DefineLabel();
        var stubs = handlerCode.Select(_ => _il.DefineLabel()).ToArray();
        for (var k = 0; k < stubs.Length; k++)
        {
            _il.Emit(OpCodes.Ldloc, _resume);
            _il.Emit(OpCodes.Ldc_I4, handlerCode[k].Target);
            _il.Emit(OpCodes.Beq, stubs[k]);
        }

        _il.Emit(OpCodes.Br, start);
        for (var k = 0; k < stubs.Length; k++)
        {
            var (target, isCatch) = handlerCode[k];
            _il.MarkLabel(stubs[k]);
            if (isCatch)
            {
                _il.Emit(OpCodes.Ldloc, _held);
                St(_plan.Heights[_plan.Instructions.FindIndex(i => i.Offset == target)] - 1);
            }

            _il.Emit(OpCodes.Br, EntryOf(target));
        }

        _il.MarkLabel(start);
    }
}
