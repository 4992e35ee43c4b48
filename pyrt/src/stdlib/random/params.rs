//! Argument binding for `random`'s functions, which CPython defines as
//! methods of `Random` in Python (`random.py`): its messages name
//! `Random.<name>()` and count `self` among the positional arguments.

use crate::error::{raise, PyErr, PyResult};
use crate::func::{plural, KwArgs};
use crate::value::Value;

/// The parameters of one method, `self` left out.
pub struct Params {
    /// The method's name (`randrange`).
    pub name: &'static str,
    /// Positional-or-keyword parameters, in order.
    pub positional: &'static [&'static str],
    /// How many leading positional parameters have no default.
    pub required: usize,
    /// Keyword-only parameters (all have defaults in `random`).
    pub kwonly: &'static [&'static str],
}

impl Params {
    /// Binds `args` and `kwargs` to `N` slots (positional parameters, then
    /// keyword-only ones), with CPython's checks in its order: each keyword
    /// (unknown, given twice), too many positional arguments, missing ones.
    pub fn bind<'a, const N: usize>(
        &self,
        args: &'a [Value],
        kwargs: KwArgs<'a>,
    ) -> PyResult<[Option<&'a Value>; N]> {
        debug_assert_eq!(N, self.positional.len() + self.kwonly.len());
        let mut slots: [Option<&Value>; N] = [None; N];
        for (slot, arg) in slots.iter_mut().zip(args).take(self.positional.len()) {
            *slot = Some(arg);
        }
        for (key, value) in kwargs {
            let found = self
                .positional
                .iter()
                .chain(self.kwonly)
                .position(|name| name == key);
            match found.and_then(|i| slots.get_mut(i)) {
                Some(Some(_)) => {
                    return Err(raise::type_error(format!(
                        "Random.{}() got multiple values for argument '{key}'",
                        self.name
                    )))
                }
                Some(slot) => *slot = Some(value),
                None => {
                    return Err(raise::type_error(format!(
                        "Random.{}() got an unexpected keyword argument '{key}'",
                        self.name
                    )))
                }
            }
        }
        if args.len() > self.positional.len() {
            return Err(self.too_many(args.len(), kwargs));
        }
        let missing: Vec<&str> = self.positional[..self.required]
            .iter()
            .zip(&slots)
            .filter(|(_, slot)| slot.is_none())
            .map(|(name, _)| *name)
            .collect();
        if !missing.is_empty() {
            return Err(self.missing(&missing));
        }
        Ok(slots)
    }

    /// `takes from 2 to 4 positional arguments but 5 were given` (`self` counted).
    #[cold]
    fn too_many(&self, given: usize, kwargs: KwArgs) -> PyErr {
        let takes = self.positional.len() + 1;
        let expected = if self.required + 1 == takes {
            format!("{takes} positional argument{}", plural(takes))
        } else {
            format!("from {} to {takes} positional arguments", self.required + 1)
        };
        let given = given + 1;
        let kwonly_given = kwargs
            .iter()
            .filter(|(k, _)| self.kwonly.contains(k))
            .count();
        let given_text = if kwonly_given == 0 {
            format!("{given} were")
        } else {
            format!(
                "{given} positional arguments (and {kwonly_given} keyword-only argument{}) were",
                plural(kwonly_given)
            )
        };
        raise::type_error(format!(
            "Random.{}() takes {expected} but {given_text} given",
            self.name
        ))
    }

    /// `missing 2 required positional arguments: 'a' and 'b'`
    #[cold]
    fn missing(&self, names: &[&str]) -> PyErr {
        let quoted: Vec<String> = names.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.as_slice() {
            [one] => one.clone(),
            [a, b] => format!("{a} and {b}"),
            [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
            [] => String::new(),
        };
        raise::type_error(format!(
            "Random.{}() missing {} required positional argument{}: {list}",
            self.name,
            names.len(),
            plural(names.len())
        ))
    }
}

/// Checks the arguments of a method CPython writes in C (`random()`,
/// `getrandbits(k)`): positional only, exactly `count` of them.
pub fn exact_positional(name: &str, args: &[Value], kwargs: KwArgs, count: usize) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(raise::type_error(format!(
            "Random.{name}() takes no keyword arguments"
        )));
    }
    if args.len() == count {
        return Ok(());
    }
    let n = args.len();
    Err(raise::type_error(match count {
        0 => format!("Random.{name}() takes no arguments ({n} given)"),
        _ => format!("Random.{name}() takes exactly one argument ({n} given)"),
    }))
}
