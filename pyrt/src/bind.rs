//! Argument binding: matching a call's positional and keyword arguments to a
//! Python function's parameters, with CPython's TypeError messages.

use crate::dict::PyDict;
use crate::error::{raise, PyErr, PyResult};
use crate::func::{plural, KwArgs, PyFunction};
use crate::value::Value;

impl PyFunction {
    /// Binds a call's arguments to the function's `N` slots: its named
    /// parameters in order, then `*args` (a tuple), then `**kwargs` (a dict).
    pub fn bind<const N: usize>(&self, args: &[Value], kwargs: KwArgs) -> PyResult<[Value; N]> {
        let sig = &self.def.signature;
        debug_assert_eq!(sig.slots(), N);
        // The common call: exactly the positional parameters, nothing else.
        if args.len() == N && sig.positional == N && kwargs.is_empty() {
            return Ok(std::array::from_fn(|i| args[i].clone()));
        }
        let name = self.def.qualname;
        let mut slots: [Option<Value>; N] = std::array::from_fn(|_| None);
        let positional = sig.positional;
        for (slot, arg) in slots.iter_mut().zip(args.iter().take(positional)) {
            *slot = Some(arg.clone());
        }
        let mut next_slot = sig.params.len();
        if let Some(_varargs) = sig.varargs {
            let extra = args.get(positional..).unwrap_or_default().to_vec();
            slots[next_slot] = Some(Value::tuple(extra));
            next_slot += 1;
        } else if args.len() > positional {
            return Err(self.too_many_positional(args.len(), kwargs));
        }
        let kwdict = sig.varkw.map(|_| PyDict::new());
        let mut posonly_as_keyword = Vec::new();
        for (key, value) in kwargs {
            match sig.params.iter().position(|p| p == key) {
                Some(i) if i >= sig.posonly => {
                    if slots[i].is_some() {
                        return Err(raise::type_error(format!(
                            "{name}() got multiple values for argument '{key}'"
                        )));
                    }
                    slots[i] = Some(value.clone());
                }
                found => match &kwdict {
                    Some(d) => d.set(Value::str(key), value.clone())?,
                    None if found.is_some() => posonly_as_keyword.push(*key),
                    None => {
                        return Err(raise::type_error(format!(
                            "{name}() got an unexpected keyword argument '{key}'"
                        )))
                    }
                },
            }
        }
        if !posonly_as_keyword.is_empty() {
            return Err(raise::type_error(format!(
                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_keyword.join(", ")
            )));
        }
        if let Some(d) = kwdict {
            slots[next_slot] = Some(Value::Dict(std::rc::Rc::new(d)));
        }
        self.fill_defaults(&mut slots)?;
        Ok(slots.map(|slot| slot.unwrap_or(Value::None)))
    }

    /// Fills unbound parameters from the defaults; raises for any still missing.
    fn fill_defaults(&self, slots: &mut [Option<Value>]) -> PyResult<()> {
        let sig = &self.def.signature;
        let defaults = self.defaults.borrow();
        let first_default = sig.positional - defaults.len().min(sig.positional);
        let mut missing = Vec::new();
        for (i, slot) in slots[..sig.positional].iter_mut().enumerate() {
            if slot.is_none() {
                match i.checked_sub(first_default) {
                    Some(d) => *slot = Some(defaults[d].clone()),
                    None => missing.push(sig.params[i]),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(self.def.qualname, "positional", &missing));
        }
        let kwdefaults = self.kwdefaults.borrow();
        let kwonly = sig.positional..sig.params.len();
        for (slot, param) in slots[kwonly.clone()].iter_mut().zip(&sig.params[kwonly]) {
            if slot.is_none() {
                match kwdefaults.iter().find(|(k, _)| k == param) {
                    Some((_, v)) => *slot = Some(v.clone()),
                    None => missing.push(param),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(
                self.def.qualname,
                "keyword-only",
                &missing,
            ));
        }
        Ok(())
    }

    #[cold]
    fn too_many_positional(&self, given: usize, kwargs: KwArgs) -> PyErr {
        let sig = &self.def.signature;
        let defaults = self.defaults.borrow().len().min(sig.positional);
        let takes = sig.positional;
        let expected = if defaults == 0 {
            format!("{takes} positional argument{}", plural(takes))
        } else {
            format!("from {} to {takes} positional arguments", takes - defaults)
        };
        let kwonly_given = kwargs
            .iter()
            .filter(|(k, _)| sig.params[sig.positional..].contains(k))
            .count();
        let given_text = if kwonly_given == 0 {
            let was = if given == 1 { "was" } else { "were" };
            format!("{given} {was}")
        } else {
            format!(
                "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were",
                plural(given),
                plural(kwonly_given)
            )
        };
        raise::type_error(format!(
            "{}() takes {expected} but {given_text} given",
            self.def.qualname
        ))
    }
}

#[cold]
fn missing_arguments(name: &str, kind: &str, missing: &[&str]) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
        [] => String::new(),
    };
    raise::type_error(format!(
        "{name}() missing {} required {kind} argument{}: {list}",
        missing.len(),
        plural(missing.len())
    ))
}
